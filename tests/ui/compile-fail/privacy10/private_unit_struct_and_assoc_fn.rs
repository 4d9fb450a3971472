//@ compile-fail
// A private unit struct, and a private associated function of a `pub` struct.
mod m {
    struct P;

    pub struct Q {
        pub x: i32,
    }

    impl Q {
        fn new() -> Q {
            Q { x: 1 }
        }

        pub fn make() -> Q {
            let _p = P;
            Q::new()
        }
    }
}

fn main() {
    let _p = m::P; //~ ERROR E0603
    let q = m::Q::new(); //~ ERROR E0624
    let r = m::Q::make();
    println!("{} {}", q.x, r.x);
}
