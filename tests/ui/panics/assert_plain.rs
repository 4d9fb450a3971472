// assert! without a message prints the failed expression.
fn main() {
    let v = vec![1, 2, 3];
    assert!(v.len() == 3);
    println!("first assert passed");
    assert!(v.iter().sum::<i32>() > 10);
}
