//@ compile-fail
// Calling a closure that moved its captured vector into a function.
fn eat(v: Vec<i32>) -> usize {
    v.len()
}

fn main() {
    let v = vec![1];
    let f = || eat(v);
    println!("{}", f());
    println!("{}", f()); //~ ERROR E0382
}
