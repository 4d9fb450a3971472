// derived and hand-written Default, struct update syntax, `..Default::default()`
#[derive(Debug, Default, Clone)]
struct Config {
    name: String,
    retries: u32,
    verbose: bool,
    ratio: f64,
}
#[derive(Debug)]
struct Server {
    port: u16,
    host: String,
}
impl Default for Server {
    fn default() -> Self {
        Server { port: 8080, host: String::from("localhost") }
    }
}
fn main() {
    let c = Config::default();
    println!("{:?}", c);
    let d = Config { name: String::from("fast"), retries: 3, ..Default::default() };
    let e = Config { verbose: true, ..d.clone() };
    println!("{:?}", d);
    println!("{:?}", e);
    let s = Server { port: 9000, ..Default::default() };
    println!("{:?} {:?}", s, Server::default());
    let v: Vec<u8> = Default::default();
    let t: (i32, String, Option<char>) = Default::default();
    println!("{:?} {:?}", v, t);
}
