//@ compile-fail
// A Vec is passed by value to a function, then the caller pushes into it.
fn total(v: Vec<i32>) -> i32 {
    v.iter().sum()
}

fn main() {
    let mut v = vec![1, 2];
    println!("{}", total(v));
    v.push(3); //~ ERROR E0382
}
