//@ compile-fail
// A Vec moved into a function cannot be passed a second time.
fn sum(v: Vec<i32>) -> i32 {
    v.iter().sum()
}

fn main() {
    let v = vec![1, 2, 3];
    let a = sum(v);
    let b = sum(v); //~ ERROR E0382
    println!("{} {}", a, b);
}
