// `match map.get(k) { Some(v) => .., None => map.insert(..) }` with a copied value.
use std::collections::HashMap;

fn main() {
    let mut stock: HashMap<&str, u32> = HashMap::new();
    for item in ["pen", "cup", "pen"] {
        match stock.get(item) {
            Some(&n) => {
                stock.insert(item, n + 1);
            }
            None => {
                stock.insert(item, 1);
            }
        }
    }
    println!("{} {}", stock["pen"], stock["cup"]);
}
