//@ compile-fail
// Given to a generic `T` parameter, a captured `&mut` is moved, not reborrowed: the closure is FnOnce.
fn take<T: std::fmt::Debug>(t: T) {
    println!("{:?}", t);
}

fn fill(out: &mut Vec<i32>) {
    let f = || take(out);
    f();
    f(); //~ ERROR E0382
}

fn main() {
    let mut v = Vec::new();
    fill(&mut v);
    println!("{:?}", v);
}
