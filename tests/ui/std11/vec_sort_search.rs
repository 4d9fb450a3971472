// Vec sorting and searching: sort_unstable_by_key, sort_by, binary_search(_by_key/_by), reverse, contains.
#[derive(Debug, Clone)]
struct Student {
    name: String,
    grade: u32,
}

fn main() {
    let mut nums = vec![40, 10, 30, 20, 50, 10];
    nums.sort_unstable();
    println!("{:?}", nums);
    println!("{:?} {:?}", nums.binary_search(&30), nums.binary_search(&35));
    nums.dedup();
    println!("{:?}", nums);
    nums.sort_by(|a, b| b.cmp(a));
    println!("{:?}", nums);
    nums.reverse();
    println!("{:?} contains 20: {} contains 25: {}", nums, nums.contains(&20), nums.contains(&25));
    let mut students = vec![
        Student { name: "Zoe".to_string(), grade: 88 },
        Student { name: "Adam".to_string(), grade: 95 },
        Student { name: "Mia".to_string(), grade: 72 },
        Student { name: "Li".to_string(), grade: 88 },
    ];
    students.sort_unstable_by_key(|s| s.grade);
    let names: Vec<&str> = students.iter().map(|s| s.name.as_str()).collect();
    println!("{:?}", &names[..1]);
    students.sort_by_key(|s| s.name.clone());
    for s in &students {
        println!("{:<5} {}", s.name, s.grade);
    }
    println!("{:?}", students.binary_search_by_key(&"Mia", |s| s.name.as_str()).map(|i| students[i].grade));
    println!("{:?}", students.binary_search_by(|s| s.name.as_str().cmp("Bob")));
    students.sort_by(|a, b| b.grade.cmp(&a.grade).then_with(|| a.name.cmp(&b.name)));
    println!("{:?}", students.iter().map(|s| &s.name).collect::<Vec<_>>());
    let mut words = vec!["banana", "Apple", "cherry", "apple"];
    words.sort_by_key(|w| w.to_lowercase());
    println!("{:?}", words);
    words.sort();
    println!("{:?}", words);
    let mut floats = vec![2.5, -1.0, 9.75, 0.0];
    floats.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?}", floats);
    println!("sorted? {} {}", nums.is_sorted(), floats.is_sorted());
    let pos = nums.iter().position(|&n| n > 25);
    println!("{:?} {:?}", pos, nums.partition_point(|&n| n < 25));
    let mut cached = vec!["ccc", "a", "bb"];
    cached.sort_by_cached_key(|s| s.len());
    println!("{:?}", cached);
}
