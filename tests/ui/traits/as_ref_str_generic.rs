// AsRef<str> as a bound taking &str, String and &String; AsRef<[u8]> and AsRef<[T]> picked by annotations.
fn shout<S: AsRef<str>>(s: S) -> String {
    s.as_ref().to_uppercase()
}

fn total_len<T: AsRef<str>>(items: &[T]) -> usize {
    items.iter().map(|s| s.as_ref().len()).sum()
}

fn main() {
    let owned = String::from("hello");
    println!("{} {} {}", shout("abc"), shout(owned.clone()), shout(&owned));
    println!("{} {}", total_len(&["ab", "cde"]), total_len(&vec![String::from("xyz")]));
    let bytes: &[u8] = owned.as_ref();
    let text: &str = owned.as_ref();
    let v = vec![3, 1, 2];
    let sl: &[i32] = v.as_ref();
    println!("{:?} {} {:?}", bytes, text, sl);
}
