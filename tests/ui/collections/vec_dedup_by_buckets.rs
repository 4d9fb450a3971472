// Vec::dedup_by removes elements that the closure puts in the same bucket as the last one kept.
#[derive(Debug)]
struct Reading {
    sensor: String,
    value: i32,
}

fn main() {
    let mut readings: Vec<Reading> = [("a", 1), ("a", 4), ("b", 2), ("b", 2), ("a", 7), ("c", 9), ("c", 3)]
        .iter()
        .map(|&(s, v)| Reading { sensor: s.to_string(), value: v })
        .collect();
    readings.dedup_by(|next, kept| {
        if next.sensor == kept.sensor {
            kept.value += next.value;
            true
        } else {
            false
        }
    });
    println!("{:?}", readings);
    let mut words = vec!["Apple", "apple", "APPLE", "pear", "Pear", "fig"];
    words.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    println!("{:?} {}", words, words.capacity());
}
