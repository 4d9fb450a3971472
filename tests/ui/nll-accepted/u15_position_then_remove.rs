// an index found by iter().position is used to remove from the same Vec inside the if let
fn main() {
    let mut cups = vec![3, 8, 9, 1, 2, 5, 4, 6, 7];
    let mut picked = Vec::new();
    for target in [1, 5, 9, 42] {
        if let Some(i) = cups.iter().position(|&c| c == target) {
            picked.push(cups.remove(i));
        }
    }
    println!("{:?} left {:?}", picked, cups);
}
