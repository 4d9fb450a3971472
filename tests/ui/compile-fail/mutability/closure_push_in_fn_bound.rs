//@ compile-fail
// A closure pushing into a captured vector, passed where `Fn` is required.
fn each<F: Fn(i32)>(f: F) {
    f(1);
    f(2);
}

fn main() {
    let mut seen = Vec::new();
    each(|x| seen.push(x)); //~ ERROR E0596
    println!("{:?}", seen);
}
