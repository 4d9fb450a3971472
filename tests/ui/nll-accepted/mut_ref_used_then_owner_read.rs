// A `&mut` used inside a loop is dead after the loop, so the owner can be read again.
fn main() {
    let mut x = 0;
    let r = &mut x;
    for _ in 0..3 {
        *r += 1;
    }
    println!("{}", x);
    let n = count(&mut vec![1, 2]);
    println!("{}", n);
}

fn count(v: &mut Vec<i32>) -> usize {
    v.push(3);
    v.len()
}
