// A `&mut` used on every loop iteration: each use is a fresh reborrow.
fn add(total: &mut u64, x: u64) {
    *total += x;
}

fn main() {
    let mut sum = 0;
    let r = &mut sum;
    for i in 1..=10 {
        add(r, i);
    }
    println!("{}", sum);
}
