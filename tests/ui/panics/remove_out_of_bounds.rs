// Vec::remove with a bad index panics with its own message.
fn main() {
    let mut v = vec!['a', 'b'];
    v.push('c');
    println!("{:?}", v);
    println!("{}", v.remove(1));
    println!("{:?}", v);
    println!("{}", v.len());
    println!("{}", v.remove(3));
}
