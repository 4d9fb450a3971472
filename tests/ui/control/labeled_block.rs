// A labeled block can be left early with `break 'label value`.
fn find(haystack: &[i32], needle: i32) -> &'static str {
    let answer = 'search: {
        for &x in haystack {
            if x == needle {
                break 'search "found";
            }
        }
        "missing"
    };
    answer
}

fn main() {
    println!("{}", find(&[1, 2, 3], 2));
    println!("{}", find(&[1, 2, 3], 9));
}
