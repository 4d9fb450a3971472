// Comparing Strings and &strs: ==, ordering, case-insensitive comparison.
fn main() {
    let a = String::from("apple");
    let b = "apple";
    println!("{}", a == b);
    println!("{}", a.as_str() == b);
    println!("{}", "apple" < "banana");
    println!("{}", "Zebra" < "apple");
    println!("{:?}", "abc".cmp("abd"));
    println!("{}", "HeLLo".eq_ignore_ascii_case("hello"));
    let mut words = vec!["pear", "Apple", "fig", "apple"];
    words.sort();
    println!("{words:?}");
    words.sort_by_key(|w| w.to_lowercase());
    println!("{words:?}");
}
