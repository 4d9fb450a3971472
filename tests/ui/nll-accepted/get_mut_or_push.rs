// `if let Some(x) = v.iter_mut().find(..) { .. } else { v.push(..) }` is accepted.
fn main() {
    let mut entries: Vec<(String, u32)> = Vec::new();
    for name in ["a", "b", "a", "a"] {
        if let Some(e) = entries.iter_mut().find(|e| e.0 == name) {
            e.1 += 1;
        } else {
            entries.push((name.to_string(), 1));
        }
    }
    println!("{:?}", entries);
}
