// A function that takes `&mut` and returns `&mut` into it; the caller reuses the owner after.
fn longest_mut<'a>(v: &'a mut Vec<String>) -> &'a mut String {
    let mut best = 0;
    for (i, s) in v.iter().enumerate() {
        if s.len() > v[best].len() {
            best = i;
        }
    }
    &mut v[best]
}

fn main() {
    let mut v = vec![String::from("a"), String::from("ccc"), String::from("bb")];
    longest_mut(&mut v).push('!');
    v.push(String::from("dddddd"));
    longest_mut(&mut v).push('?');
    println!("{:?}", v);
}
