// Diff of two word lists with a longest-common-subsequence table, printed as +/- lines and a one-line summary.
fn lcs_table(a: &[&str], b: &[&str]) -> Vec<Vec<usize>> {
    let mut t = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            t[i][j] = if a[i] == b[j] {
                t[i + 1][j + 1] + 1
            } else {
                t[i + 1][j].max(t[i][j + 1])
            };
        }
    }
    t
}

#[derive(Debug, PartialEq)]
enum Change<'a> {
    Same(&'a str),
    Added(&'a str),
    Removed(&'a str),
}

fn diff<'a>(a: &[&'a str], b: &[&'a str]) -> Vec<Change<'a>> {
    let t = lcs_table(a, b);
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            out.push(Change::Same(a[i]));
            i += 1;
            j += 1;
        } else if t[i + 1][j] >= t[i][j + 1] {
            out.push(Change::Removed(a[i]));
            i += 1;
        } else {
            out.push(Change::Added(b[j]));
            j += 1;
        }
    }
    out.extend(a[i..].iter().map(|w| Change::Removed(w)));
    out.extend(b[j..].iter().map(|w| Change::Added(w)));
    out
}

fn show(old: &str, new: &str) {
    let a: Vec<&str> = old.split_whitespace().collect();
    let b: Vec<&str> = new.split_whitespace().collect();
    let changes = diff(&a, &b);
    let mut line = String::new();
    let (mut added, mut removed) = (0, 0);
    for c in &changes {
        match c {
            Change::Same(w) => println!("  {}", w),
            Change::Added(w) => {
                added += 1;
                println!("+ {}", w);
            }
            Change::Removed(w) => {
                removed += 1;
                println!("- {}", w);
            }
        }
        let piece = match c {
            Change::Same(w) => w.to_string(),
            Change::Added(w) => format!("{{+{}+}}", w),
            Change::Removed(w) => format!("[-{}-]", w),
        };
        if !line.is_empty() {
            line.push(' ');
        }
        line += &piece;
    }
    println!("{} added, {} removed: {}", added, removed, line);
}

fn main() {
    show("the cat sat on the mat", "the black cat sat on a mat");
    show("apple banana cherry", "apple cherry date");
    show("", "new words only");
    show("same same", "same same");
    let a = ["x", "y"];
    let b = ["y", "z"];
    let d = diff(&a, &b);
    println!("{:?}", d);
    println!("{}", d.contains(&Change::Same("y")));
}
