// Assigning a String moves it: the heap buffer is not copied, only the (ptr, len, cap) triple.
fn main() {
    let s1 = String::from("hello");
    let s2 = s1;
    println!("{s2}, world!");
    let s3 = s2.clone();
    println!("{s2} {s3}");
    println!("{}", std::mem::size_of::<String>());
    println!("{}", s3.len());
}
