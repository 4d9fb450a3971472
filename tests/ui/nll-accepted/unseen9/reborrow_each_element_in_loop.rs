// Each element is reborrowed mutably inside the loop and the vector is read after the loop.
fn bump(x: &mut i32) {
    *x += 10;
}

fn main() {
    let mut values = vec![1, 2, 3];
    for v in &mut values {
        let r = &mut *v;
        bump(r);
        *v *= 2;
    }
    let total: i32 = values.iter().sum();
    println!("{:?} {}", values, total);
}
