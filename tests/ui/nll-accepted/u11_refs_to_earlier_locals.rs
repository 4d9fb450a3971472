// A Vec of references to locals declared before it lives as long as they do.
fn main() {
    let apple = String::from("apple");
    let kiwi = String::from("kiwi");
    let mut basket: Vec<&str> = Vec::new();
    basket.push(&apple);
    basket.push(&kiwi);
    {
        let lime = String::from("lime");
        let mut tmp = basket.clone();
        tmp.push(&lime);
        println!("{:?}", tmp);
    }
    basket.sort();
    println!("{:?}", basket);
}
