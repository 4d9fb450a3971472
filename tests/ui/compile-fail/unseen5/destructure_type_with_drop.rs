//@ compile-fail
// A type implementing Drop cannot be destructured by moving its fields out.
struct Connection {
    host: String,
}

impl Drop for Connection {
    fn drop(&mut self) {
        println!("closing {}", self.host);
    }
}

fn main() {
    let c = Connection { host: String::from("db.local") };
    let Connection { host } = c; //~ ERROR E0509
    println!("was connected to {}", host);
}
