//@ compile-fail
// A function cannot return a slice by value.
fn firsts(v: &Vec<i32>) -> [i32] { //~ ERROR E0277
    loop {}
}

fn main() {
    let v = vec![1];
    let _ = &v;
}
