//@ compile-fail
// Option::zip takes the host field by value, and the host is printed afterwards.
#[derive(Debug)]
struct Config {
    host: Option<String>,
    port: Option<u16>,
}

fn main() {
    let cfg = Config { host: Some("example.org".to_string()), port: Some(80) };
    let addr = cfg.host.zip(cfg.port);
    println!("{:?} from {:?}", addr, cfg.host); //~ ERROR E0382
}
