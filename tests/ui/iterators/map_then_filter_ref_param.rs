// A filter closure after map gets `&Item` where Item is the map closure's return type: methods on it auto-deref.
fn main() {
    let text = "a. b!  . c? ";
    let parts: Vec<&str> = text
        .split(|c: char| c == '.' || c == '!' || c == '?')
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
    println!("{:?}", parts);
    let lens: Vec<usize> = parts.iter().map(|s| s.len() * 10).filter(|n| n.is_power_of_two() || *n > 5).collect();
    println!("{:?}", lens);
    let words = vec![String::from("x"), String::new(), String::from("yz")];
    let upper: Vec<String> = words.iter().map(|w| w.to_uppercase()).filter(|w| w.len() > 0).collect();
    println!("{:?}", upper);
    let firsts: Vec<char> = upper.iter().map(|w| w.as_str()).filter_map(|w| w.chars().next()).collect();
    println!("{:?}", firsts);
}
