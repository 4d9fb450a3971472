// Iterating by index lets the body mutate the Vec between reads.
fn main() {
    let mut v = vec![1, 2, 3];
    let mut i = 0;
    while i < v.len() {
        if v[i] % 2 == 1 {
            v.push(v[i] * 10);
        }
        i += 1;
        if i > 5 {
            break;
        }
    }
    println!("{:?}", v);
}
