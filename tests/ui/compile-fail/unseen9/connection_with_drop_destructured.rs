//@ compile-fail
// A connection type implements Drop, and the learner destructures it to take its address out.
struct Connection {
    addr: String,
    open: bool,
}

impl Drop for Connection {
    fn drop(&mut self) {
        println!("closing {}", self.addr);
    }
}

fn main() {
    let conn = Connection { addr: "10.0.0.1:80".to_string(), open: true };
    let Connection { addr, open } = conn; //~ ERROR E0509
    println!("{} {}", addr, open);
}
