// Vec::remove with a bad index panics with its own message.
fn main() {
    let mut v = vec!['a', 'b'];
    println!("{}", v.remove(1));
    println!("{}", v.remove(3));
}
