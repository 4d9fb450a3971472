//@ compile-fail
// A generic function naming `W<U>` must itself bound `U: Copy`: rustc assumes no bound from the written type.
struct W<T: Copy>(T);

fn unwrap<U>(w: W<U>) -> U { //~ ERROR E0277
    w.0
}

fn main() {
    println!("{}", unwrap(W(3)));
}
