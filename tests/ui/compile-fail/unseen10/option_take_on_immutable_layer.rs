//@ compile-fail
// take() is called on an Option field of a configuration layer bound without mut.
#[derive(Debug, Default)]
struct Layer {
    port: Option<u16>,
    debug: Option<bool>,
}

fn main() {
    let cli = Layer { port: Some(9000), debug: Some(true) };
    let port = cli.port.take(); //~ ERROR E0596
    println!("{:?} {:?}", port, cli);
}
