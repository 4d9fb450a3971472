// Exercism anagram: sort the letters of each candidate, skip the word itself, case-insensitively.
fn sorted_letters(word: &str) -> Vec<char> {
    let mut letters: Vec<char> = word.to_lowercase().chars().collect();
    letters.sort_unstable();
    letters
}

fn anagrams_for<'a>(word: &str, candidates: &[&'a str]) -> Vec<&'a str> {
    let lower = word.to_lowercase();
    let key = sorted_letters(word);
    candidates
        .iter()
        .filter(|c| c.to_lowercase() != lower)
        .filter(|c| sorted_letters(c) == key)
        .copied()
        .collect()
}

struct Group {
    key: String,
    words: Vec<String>,
}

fn group_words(words: &[&str]) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    for w in words {
        let key: String = sorted_letters(w).into_iter().collect();
        match groups.iter_mut().find(|g| g.key == key) {
            Some(g) => g.words.push(w.to_string()),
            None => groups.push(Group { key, words: vec![w.to_string()] }),
        }
    }
    groups.sort_by(|a, b| b.words.len().cmp(&a.words.len()).then_with(|| a.key.cmp(&b.key)));
    groups
}

fn main() {
    let candidates = ["enlists", "google", "inlets", "banana", "Listen", "silent", "tinsel"];
    let found = anagrams_for("listen", &candidates);
    println!("anagrams of listen: {:?}", found);
    println!("count = {}", found.len());

    let none = anagrams_for("BANANA", &["banana", "Banana", "nabana"]);
    println!("anagrams of BANANA: {:?}", none);

    let words = ["stop", "pots", "tops", "opts", "rat", "tar", "art", "cat", "act", "dog"];
    let groups = group_words(&words);
    for g in &groups {
        println!("{:>6}: {}", g.key, g.words.join(" "));
    }
    let singles = groups.iter().filter(|g| g.words.len() == 1).count();
    println!("{} groups, {} singles", groups.len(), singles);
    let biggest = &groups[0];
    assert_eq!(biggest.words.len(), 4);
    println!("biggest group starts with {}", biggest.words.first().unwrap());
}
