// Values moved into a Vec one by one, then moved out again by into_iter.
fn main() {
    let mut owned = Vec::new();
    for i in 0..3 {
        let s = format!("item{i}");
        owned.push(s);
    }
    println!("{owned:?}");
    let mut lens = Vec::new();
    for s in owned {
        lens.push(s.len());
    }
    println!("{lens:?}");
}
