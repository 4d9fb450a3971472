//@ compile-fail
// A Vec handed by value to a function inside a loop: moved in the previous iteration.
fn upload(batch: Vec<u32>) -> u32 {
    batch.iter().sum()
}

fn main() {
    let batch = vec![4, 8, 15];
    let mut total = 0;
    for _attempt in 0..3 {
        total += upload(batch); //~ ERROR E0382
    }
    println!("{}", total);
}
