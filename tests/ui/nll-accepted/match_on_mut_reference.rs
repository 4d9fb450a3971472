// Matching on `&mut Option<i32>` gives `&mut i32` bindings that write through.
fn main() {
    let mut slot = Some(1);
    match &mut slot {
        Some(n) => *n += 41,
        None => {}
    }
    println!("{:?}", slot);
    if let Some(n) = slot.as_mut() {
        *n *= 2;
    }
    println!("{:?}", slot);
}
