// assert! without a message prints the failed expression.
fn total(v: &[i32]) -> i32 {
    v.iter().sum()
}

fn main() {
    let v = vec![1, 2, 3];
    assert!(v.len() == 3);
    println!("first assert passed");
    assert!(total(&v) > 10);
}
