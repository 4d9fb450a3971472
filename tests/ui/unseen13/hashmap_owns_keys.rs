// A HashMap takes ownership of its String keys and values; get borrows, remove gives them back.
use std::collections::HashMap;

fn main() {
    let mut stock: HashMap<String, Vec<u32>> = HashMap::new();
    let key = String::from("vis");
    stock.insert(key, vec![10, 20]);
    stock.insert(String::from("ecrou"), vec![5]);
    stock.entry(String::from("vis")).or_default().push(30);
    stock.entry(String::from("clou")).or_insert_with(Vec::new).push(1);
    if let Some(v) = stock.get_mut("ecrou") {
        v.push(6);
    }
    let mut names: Vec<&String> = stock.keys().collect();
    names.sort();
    for n in &names {
        println!("{} -> {:?}", n, stock[*n]);
    }
    let total: u32 = stock.values().map(|v| v.iter().sum::<u32>()).sum();
    println!("total {}", total);
    let removed = stock.remove("vis");
    println!("removed {:?}, {} left", removed, stock.len());
    let owned_key = String::from("ecrou");
    println!("contains ecrou: {}", stock.contains_key(&owned_key));
    println!("key still usable: {}", owned_key);
    let counts: HashMap<char, usize> = "allocation".chars().fold(HashMap::new(), |mut m, c| {
        *m.entry(c).or_insert(0) += 1;
        m
    });
    let mut letters: Vec<(char, usize)> = counts.into_iter().collect();
    letters.sort();
    println!("{:?}", letters);
}
