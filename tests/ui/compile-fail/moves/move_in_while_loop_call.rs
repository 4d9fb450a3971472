//@ compile-fail
// A vector moved into a function inside a while loop.
fn consume(v: Vec<i32>) -> usize {
    v.len()
}

fn main() {
    let v = vec![1];
    let mut n = 0;
    while n < 3 {
        n += consume(v); //~ ERROR E0382
    }
    println!("{}", n);
}
