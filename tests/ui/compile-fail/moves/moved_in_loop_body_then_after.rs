//@ compile-fail
// A vector moved into a function on some iteration cannot be used after the loop.
fn total(v: Vec<i32>) -> i32 {
    v.iter().sum()
}

fn main() {
    let v = vec![1, 2, 3];
    let mut sum = 0;
    for i in 0..3 {
        if i == 1 {
            sum += total(v);
            break;
        }
    }
    println!("{} {}", sum, v.len()); //~ ERROR E0382
}
