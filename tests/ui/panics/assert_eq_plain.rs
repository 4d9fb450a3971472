// assert_eq! failure prints both sides with their Debug forms.
fn main() {
    let a = vec![1, 2];
    let b = vec![1, 2];
    assert_eq!(a, b);
    println!("equal");
    let name = String::from("ab");
    assert_eq!(name.len(), a.len());
    println!("same length");
    assert_eq!(a.len() + 1, 2);
}
