# Backends for docker-compose: the two web replicas, probed on /readyz.
probe readiness {
    .request = "GET /readyz HTTP/1.1" "Host: localhost" "Connection: close";
    .interval = 5s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
}

backend web1 { .host = "web1"; .port = "8000"; .probe = readiness; }
backend web2 { .host = "web2"; .port = "8000"; .probe = readiness; }

sub vcl_init {
    new web = directors.round_robin();
    web.add_backend(web1);
    web.add_backend(web2);
}
