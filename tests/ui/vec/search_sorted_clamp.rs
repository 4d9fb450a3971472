// binary_search_by / _by_key (std's algorithm: which of equal elements is found, how often the
// closure runs), is_sorted, Ord::clamp, f64::clamp and str::split_at.
#[derive(Debug)]
struct Item {
    name: String,
    price: u32,
}

fn main() {
    let prices = [1, 3, 3, 3, 7, 9, 12];
    let mut calls = 0;
    let found = prices.binary_search_by(|p| {
        calls += 1;
        p.cmp(&3)
    });
    println!("found {:?} after {} calls", found, calls);
    println!("{:?} {:?}", prices.binary_search_by(|p| p.cmp(&8)), prices.binary_search_by(|p| p.cmp(&0)));
    let empty: [i32; 0] = [];
    println!("{:?}", empty.binary_search_by(|p| p.cmp(&1)));

    let items = vec![
        Item { name: String::from("pen"), price: 2 },
        Item { name: String::from("book"), price: 12 },
        Item { name: String::from("lamp"), price: 30 },
    ];
    match items.binary_search_by_key(&12, |it| it.price) {
        Ok(i) => println!("price 12 is {}", items[i].name),
        Err(i) => println!("would insert at {i}"),
    }
    println!("{:?}", items.binary_search_by_key(&31, |it| it.price));
    let names: Vec<&str> = items.iter().map(|it| it.name.as_str()).collect();
    println!("{:?}", names.binary_search_by_key(&"lamp", |n| *n));

    println!("{} {} {}", prices.is_sorted(), [3, 1].is_sorted(), [1.0, f64::NAN].is_sorted());
    let v: Vec<i32> = Vec::new();
    println!("{}", v.is_sorted());

    for x in [-5, 4, 50] {
        print!("{} ", x.clamp(0, 10));
    }
    println!();
    println!("{} {}", String::from("m").clamp(String::from("a"), String::from("f")), 'q'.clamp('a', 'z'));
    println!("{} {:.2} {}", 1.5f64.clamp(2.0, 3.0), 9.75f64.clamp(-1.0, 5.5), f64::NAN.clamp(0.0, 1.0).is_nan());

    let line = "key=value";
    let at = line.find('=').unwrap();
    let (k, rest) = line.split_at(at);
    println!("{k:?} {rest:?} {:?}", "héllo".split_at(3));
    println!("{:?}", items);
}
