//@ compile-fail
// Destructuring a Drop type by value is forbidden: its drop would run on a half-moved value.
struct Connection {
    host: String,
    port: u16,
}

impl Drop for Connection {
    fn drop(&mut self) {
        println!("closing {}", self.port);
    }
}

fn main() {
    let c = Connection { host: String::from("local"), port: 80 };
    let Connection { host, port } = c; //~ ERROR E0509
    println!("{} {}", host, port);
}
