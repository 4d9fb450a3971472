//@ compile-fail
// The fields of the hidden struct are not reachable through `impl Clone`.
struct P {
    x: i32,
}

impl Clone for P {
    fn clone(&self) -> P {
        P { x: self.x }
    }
}

fn make() -> impl Clone {
    P { x: 1 }
}

fn main() {
    println!("{}", make().x); //~ ERROR E0609
}
