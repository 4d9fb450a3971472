//@ compile-fail
// A parameter's written type must meet its struct's bounds: `W<Vec<i32>>` breaks `T: Copy` (well-formedness).
struct W<T: Copy>(T);

fn total(w: W<Vec<i32>>) -> usize { //~ ERROR E0277
    w.0.len()
}

fn main() {
    println!("ok");
}
