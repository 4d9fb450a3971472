//@ compile-fail
// Struct update syntax moves the String host out of the defaults, which are printed afterwards.
#[derive(Debug)]
struct Layer {
    port: u16,
    host: String,
}

fn main() {
    let defaults = Layer { port: 8080, host: "localhost".to_string() };
    let cli = Layer { port: 9000, ..defaults };
    println!("{:?} over {:?}", cli, defaults); //~ ERROR E0382
}
