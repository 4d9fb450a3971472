// binary_search_by_key on sorted records, partition_point for insertion points, contains/starts_with/ends_with on slices and position/rposition.
#[derive(Debug, Clone)]
struct Rec { id: u32, name: &'static str }

fn main() {
    let mut recs = vec![Rec { id: 40, name: "d" }, Rec { id: 10, name: "a" }, Rec { id: 30, name: "c" }, Rec { id: 20, name: "b" }];
    recs.sort_unstable_by_key(|r| r.id);
    println!("{:?}", recs.iter().map(|r| r.name).collect::<Vec<_>>());
    for k in [20, 25, 5, 40, 99] {
        match recs.binary_search_by_key(&k, |r| r.id) {
            Ok(i) => println!("{} found at {} ({})", k, i, recs[i].name),
            Err(i) => println!("{} would go at {}", k, i),
        }
    }
    let idx = recs.partition_point(|r| r.id < 25);
    recs.insert(idx, Rec { id: 25, name: "bc" });
    println!("{:?} cap {}", recs.iter().map(|r| r.id).collect::<Vec<_>>(), recs.capacity());
    let nums = [1, 2, 2, 2, 3, 5, 8];
    let lo = nums.partition_point(|&x| x < 2);
    let hi = nums.partition_point(|&x| x <= 2);
    println!("twos in {}..{} count {}", lo, hi, hi - lo);
    println!("{} {} {}", nums.contains(&5), nums.starts_with(&[1, 2]), nums.ends_with(&[8]));
    println!("{} {}", nums.starts_with(&[]), nums.ends_with(&[5, 8, 9]));
    println!("{:?} {:?}", nums.iter().position(|&x| x == 2), nums.iter().rposition(|&x| x == 2));
    println!("{:?}", nums.binary_search_by(|x| x.cmp(&4)));
    let words = ["apple", "banana", "cherry"];
    println!("{:?}", words.binary_search(&"banana"));
    println!("{:?}", words.iter().map(|w| w.len()).collect::<Vec<_>>().binary_search(&6));
}
