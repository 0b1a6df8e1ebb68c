# Backends on Kubernetes: the web Service, which spreads requests over the ready web pods
# (readiness on /readyz). Varnish probes it too, so it knows when no pod is ready and then
# hands out stale pages (stale-if-error).
probe readiness {
    .request = "GET /readyz HTTP/1.1" "Host: localhost" "Connection: close";
    .interval = 5s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
}

backend web_service { .host = "web"; .port = "8000"; .probe = readiness; }

sub vcl_init {
    new web = directors.round_robin();
    web.add_backend(web_service);
}
