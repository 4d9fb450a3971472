//@ compile-fail
// The signature names Item, but the struct is called Product.
struct Product {
    price: u32,
}

fn total(items: &[Item]) -> u32 { //~ ERROR E0425
    items.iter().map(|i| i.price).sum()
}

fn main() {
    let p = vec![Product { price: 3 }];
    println!("{}", p.len());
}
