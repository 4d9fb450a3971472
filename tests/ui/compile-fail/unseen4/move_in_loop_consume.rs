//@ compile-fail
// A Vec moved into a function inside a loop: the second iteration uses a moved value.
fn total(v: Vec<i32>) -> i32 {
    v.iter().sum()
}

fn main() {
    let scores = vec![3, 5, 8];
    for round in 0..3 {
        let t = total(scores); //~ ERROR E0382
        println!("round {}: {}", round, t);
    }
}
