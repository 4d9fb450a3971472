// Deferred initialisation: every match arm assigns before the variable is read.
fn main() {
    for code in [200, 404, 500, 302] {
        let label: &str;
        let retry: bool;
        match code {
            200..=299 => {
                label = "success";
                retry = false;
            }
            300..=399 => {
                label = "redirect";
                retry = true;
            }
            400..=499 => {
                label = "client error";
                retry = false;
            }
            _ => {
                label = "server error";
                retry = true;
            }
        }
        println!("{} {} retry={}", code, label, retry);
    }
}
